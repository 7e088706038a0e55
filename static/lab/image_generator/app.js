import { startExperiment } from "../common.js";

startExperiment(() => {});
