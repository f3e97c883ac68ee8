import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// findBy*/waitFor give up after 1 s by default: on a loaded two-core machine a pane's first render
// alone took 2 s of wall time, so that limit asserted the machine's speed, not the pane's behaviour.
// Below jest's 5 s per test, so a wait that never succeeds still fails with its own message.
configure({ asyncUtilTimeout: 4_000 });
