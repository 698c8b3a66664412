import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

// The floor for the pane's first render: React 18 + Fluent UI v9 and one button, built like the pane.
createRoot(document.getElementById("container")!).render(
  <FluentProvider theme={webLightTheme}>
    <h1>Floor</h1>
    <Button appearance="primary">One button</Button>
  </FluentProvider>,
);
