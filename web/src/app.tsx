import { ErrorBoundary, LocationProvider, Route, Router } from "preact-iso";
import { Layout } from "./components/Layout";
import { ImportPage } from "./pages/ImportPage";
import { ImportRunPage } from "./pages/ImportRunPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { ProgrammePage } from "./pages/ProgrammePage";

export function App() {
  return (
    <LocationProvider>
      <Layout>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={ProgrammePage} />
            <Route path="/import" component={ImportPage} />
            <Route path="/import/:id" component={ImportRunPage} />
            <Route default component={NotFoundPage} />
          </Router>
        </ErrorBoundary>
      </Layout>
    </LocationProvider>
  );
}
