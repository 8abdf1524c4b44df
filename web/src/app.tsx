import { ErrorBoundary, LocationProvider, Route, Router } from "preact-iso";
import { Layout } from "./components/Layout";
import { AreaPage } from "./pages/AreaPage";
import { AreasPage } from "./pages/AreasPage";
import { IndicatorPage } from "./pages/IndicatorPage";
import { IndicatorsPage } from "./pages/IndicatorsPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { ProgrammePage } from "./pages/ProgrammePage";

export function App() {
  return (
    <LocationProvider>
      <Layout>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={ProgrammePage} />
            <Route path="/wijken" component={AreasPage} />
            <Route path="/wijken/:code" component={AreaPage} />
            <Route path="/indicatoren" component={IndicatorsPage} />
            <Route path="/indicatoren/:code" component={IndicatorPage} />
            <Route default component={NotFoundPage} />
          </Router>
        </ErrorBoundary>
      </Layout>
    </LocationProvider>
  );
}
