import { createRoot } from "react-dom/client";

Office.onReady(() => {
  createRoot(document.getElementById("container")!).render(<p>KAM Workbench</p>);
});
