import { tokens } from "@fluentui/react-components";
import { type ColorToken, token } from "../../src/taskpane/token";

describe("token", () => {
  it("gives the CSS variable Fluent's tokens object gives, for every colour token", () => {
    const colors = Object.keys(tokens).filter((k): k is ColorToken => k.startsWith("color"));
    expect(colors.length).toBeGreaterThan(300);
    for (const name of colors) expect(token(name)).toBe(tokens[name]);
  });
});
