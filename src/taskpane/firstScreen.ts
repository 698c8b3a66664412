/**
 * What the first screen shows once the pane's frame is up: one chunk, requested as the pane starts (in parallel
 * with Office's own start-up), so that the frame renders without waiting for it. The first tab's panel joins this
 * chunk: its kind's descriptor loads it under the same chunk name.
 */
export { LanguageSelect } from "./LanguageSelect";
export { SharePanel } from "./SharePanel";
