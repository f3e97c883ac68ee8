import { buildOnce } from "./buildOnce";

export default buildOnce;
