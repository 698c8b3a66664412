/**
 * What the first screen shows once the pane's frame is up: one chunk, requested as the pane starts (in parallel
 * with Office's own start-up), so that the frame renders without waiting for it.
 */
export { LanguageSelect } from "./LanguageSelect";
export { ReadinessPanel } from "./readiness/ReadinessPanel";
export { SharePanel } from "./SharePanel";
