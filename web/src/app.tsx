import { ErrorBoundary, LocationProvider, Route, Router } from "preact-iso";
import { Layout } from "./components/Layout";
import { MeasureEditPage } from "./pages/MeasureEditPage";
import { MeasureNewPage } from "./pages/MeasureNewPage";
import { MeasurePage } from "./pages/MeasurePage";
import { MeasuresPage } from "./pages/MeasuresPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { ProgrammePage } from "./pages/ProgrammePage";

export function App() {
  return (
    <LocationProvider>
      <Layout>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={ProgrammePage} />
            <Route path="/maatregelen" component={MeasuresPage} />
            <Route path="/maatregelen/nieuw" component={MeasureNewPage} />
            <Route path="/maatregelen/:id/bewerken" component={MeasureEditPage} />
            <Route path="/maatregelen/:id" component={MeasurePage} />
            <Route default component={NotFoundPage} />
          </Router>
        </ErrorBoundary>
      </Layout>
    </LocationProvider>
  );
}
