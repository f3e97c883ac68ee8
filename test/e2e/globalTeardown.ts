import { removeBuild } from "./buildOnce";

export default removeBuild;
