import { FluentProvider, makeStyles, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { WorkbookHost } from "../../core/host";
import { Lang } from "../../core/options";
import { ThemeMode } from "../hooks/useThemeMode";
import { TaskPane } from "./TaskPane";

const useStyles = makeStyles({ main: { minHeight: "100vh" } });

export interface AppProps {
  host: WorkbookHost;
  initialLang: Lang;
  theme: ThemeMode;
  workbookName?: string;
}

/** The task pane inside Office: Office's theme around the pane. */
export function App({ host, initialLang, theme, workbookName }: AppProps) {
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <Main>
        <TaskPane host={host} initialLang={initialLang} workbookName={workbookName} />
      </Main>
    </FluentProvider>
  );
}

// Styles need the provider above them, so the main element is its own component.
function Main({ children }: { children: React.ReactNode }) {
  const styles = useStyles();
  return <main className={styles.main}>{children}</main>;
}
