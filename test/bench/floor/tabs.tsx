import { Button, FluentProvider, Tab, TabList, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

// The floor plus the pane's sheet tabs: what Fluent's TabList (and its keyboard navigation) costs by itself.
createRoot(document.getElementById("container")!).render(
  <FluentProvider theme={webLightTheme}>
    <h1>Floor</h1>
    <TabList defaultSelectedValue="a">
      <Tab value="a">A</Tab>
      <Tab value="b">B</Tab>
      <Tab value="c">C</Tab>
    </TabList>
    <Button appearance="primary">One button</Button>
  </FluentProvider>,
);
