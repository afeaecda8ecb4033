import { libraryConfig } from "../../scripts/vite-library.js";

export default libraryConfig(import.meta.dirname);
