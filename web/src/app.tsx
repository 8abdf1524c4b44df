import { ErrorBoundary, LocationProvider, Route, Router } from "preact-iso";
import { Layout } from "./components/Layout";
import { MeasureEditPage } from "./pages/MeasureEditPage";
import { MeasureNewPage } from "./pages/MeasureNewPage";
import { MeasurePage } from "./pages/MeasurePage";
import { MeasuresPage } from "./pages/MeasuresPage";
import { AreaPage } from "./pages/AreaPage";
import { AreasPage } from "./pages/AreasPage";
import { IndicatorEditPage } from "./pages/IndicatorEditPage";
import { IndicatorNewPage } from "./pages/IndicatorNewPage";
import { IndicatorPage } from "./pages/IndicatorPage";
import { IndicatorsPage } from "./pages/IndicatorsPage";
import { AnnualReportPage } from "./pages/AnnualReportPage";
import { AnnualReportsPage } from "./pages/AnnualReportsPage";
import { ImportPage } from "./pages/ImportPage";
import { ImportRunPage } from "./pages/ImportRunPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { PartnerEditPage } from "./pages/PartnerEditPage";
import { PartnerNewPage } from "./pages/PartnerNewPage";
import { PartnerPage } from "./pages/PartnerPage";
import { PartnersPage } from "./pages/PartnersPage";
import { PeriodPage } from "./pages/PeriodPage";
import { PeriodsPage } from "./pages/PeriodsPage";
import { ProgrammePage } from "./pages/ProgrammePage";
import { ReportPage } from "./pages/ReportPage";
import { SignInPage } from "./pages/SignInPage";
import { SignInCallbackPage } from "./pages/SignInCallbackPage";

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
            <Route path="/maatregelen/:id/verslagen/:period" component={ReportPage} />
            <Route path="/maatregelen/:id" component={MeasurePage} />
            <Route path="/verslagen" component={PeriodsPage} />
            <Route path="/verslagen/:code" component={PeriodPage} />
            <Route path="/aanmelden" component={SignInPage} />
            <Route path="/aangemeld" component={SignInCallbackPage} />
            <Route path="/partners" component={PartnersPage} />
            <Route path="/partners/nieuw" component={PartnerNewPage} />
            <Route path="/partners/:id" component={PartnerPage} />
            <Route path="/partners/:id/bewerken" component={PartnerEditPage} />
            <Route path="/wijken" component={AreasPage} />
            <Route path="/wijken/:code" component={AreaPage} />
            <Route path="/indicatoren" component={IndicatorsPage} />
            <Route path="/indicatoren/nieuw" component={IndicatorNewPage} />
            <Route path="/indicatoren/:code/bewerken" component={IndicatorEditPage} />
            <Route path="/indicatoren/:code" component={IndicatorPage} />
            <Route path="/rapportages" component={AnnualReportsPage} />
            <Route path="/rapportages/:id" component={AnnualReportPage} />
            <Route path="/import" component={ImportPage} />
            <Route path="/import/:id" component={ImportRunPage} />
            <Route default component={NotFoundPage} />
          </Router>
        </ErrorBoundary>
      </Layout>
    </LocationProvider>
  );
}
