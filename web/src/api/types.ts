// The gateway's JSON shapes (see /openapi/v1.json). Optional parts of combined views are null when degraded.

export interface Page<T> {
  items: T[];
  nextPageToken: string | null;
}

export interface ProgrammeMembership {
  programme: string;
  programmeWijk: string;
  fromYear: number;
  toYear: number | null;
  source: string;
}

export interface Area {
  code: string;
  name: string;
  level: "gemeente" | "wijk" | "buurt" | string;
  parentCode: string | null;
  validFromYear: number;
  validToYear: number | null;
  population: number | null;
  populationYear: number | null;
  source: string;
  programmes: ProgrammeMembership[];
}

export interface Indicator {
  code: string;
  name: string;
  definition: string;
  unit: string;
  direction: "higher_is_better" | "lower_is_better" | string;
  theme: string;
  source: { dataset: string; column: string | null };
  aggregation: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An indicator as the programme office defines it (POST) or replaces it whole (PUT, without the code). */
export interface IndicatorInput {
  code?: string;
  name: string;
  definition: string;
  unit: string;
  direction: string;
  theme: string;
  source: { dataset: string; column: string | null };
  aggregation: string;
}

export interface SeriesPoint {
  year: number;
  value: number | null;
  status: string;
  source: string;
  derived: boolean;
}

export interface AreaSeries {
  areaCode: string;
  points: SeriesPoint[];
}

export interface Series {
  indicator: Indicator;
  series: AreaSeries[];
}

export interface Target {
  baselineYear: number;
  baselineValue: number;
  targetYear: number;
  absoluteGoal: number | null;
  relativeGoal: { referenceAreaCode: string; gapFraction: number } | null;
  goalValue: number | null;
  trendPerYear: number | null;
  projectedValue: number | null;
  status: TargetStatus;
  source: string;
  version: number;
}

/** A target with the indicator and area it is for, and the latest figure its progress is measured by. */
export interface TargetOfArea {
  indicatorCode: string;
  areaCode: string;
  target: Target;
  latestValue: number | null;
  latestYear: number | null;
}

/** A target as the programme office sets it: an absolute goal or part of the gap to another area. */
export interface TargetInput {
  baselineYear: number | null;
  baselineValue: number | null;
  targetYear: number | null;
  absoluteGoal: number | null;
  relativeGoal: { referenceAreaCode: string; gapFraction: number | null } | null;
  source: string;
}

export type TargetStatus = "achieved" | "on_track" | "off_track" | "insufficient_data" | "no_target";

export interface Participant {
  partnerId: string;
  role: string | null;
}

export interface FundingLine {
  source: string;
  amountCents: number;
  fromYear: number;
  toYear: number;
}

export interface Milestone {
  title: string;
  dueDate: string | null;
  done: boolean;
}

export interface IndicatorLink {
  indicatorCode: string;
  expectedDirection: string;
}

export interface Measure {
  id: string;
  title: string;
  description: string;
  theme: string;
  areaCodes: string[];
  leadPartnerId: string;
  status: string;
  participants: Participant[];
  startDate: string | null;
  endDate: string | null;
  funding: FundingLine[];
  milestones: Milestone[];
  indicators: IndicatorLink[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Contact {
  name: string;
  function: string | null;
  email: string | null;
}

export interface Partner {
  id: string;
  name: string;
  type: string;
  role: string;
  website: string;
  contacts: Contact[];
  archived: boolean;
  archivedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What POST and PUT /api/v1/partners take: the partner whole. */
export interface PartnerInput {
  name: string;
  type: string;
  role: string;
  website: string;
  contacts: Contact[];
}

/** A token from POST /dev/tokens (Development only). */
export interface DevelopmentToken {
  accessToken: string;
  tokenType: string;
  expiresAt: string;
}

export interface Value {
  year: number;
  value: number | null;
  status: string;
  source: string;
}

export interface TrackedIndicator {
  code: string;
  name: string | null;
  unit: string | null;
  direction: string | null;
  theme: string | null;
  latest: Value | null;
  city: Value | null;
  target: Target | null;
  status: TargetStatus;
}

export interface PartnerRef {
  id: string;
  name: string | null;
}

export interface MeasureSummary {
  id: string;
  title: string;
  theme: string;
  status: string;
  areaCodes: string[];
  leadPartner: PartnerRef;
  budgetCents: number;
}

export interface PartnerActivity {
  id: string;
  name: string;
  type: string;
  archived: boolean;
  leads: number;
  takesPartIn: number;
}

export interface AreaDashboard {
  code: string;
  area: Area | null;
  cityAreaCode: string;
  indicators: TrackedIndicator[];
  measures: MeasureSummary[];
  partners: PartnerActivity[];
  degraded: string[];
}

/** What POST and PUT /api/v1/measures take. */
export interface MeasureInput {
  title: string;
  description: string;
  theme: string;
  areaCodes: string[];
  leadPartnerId: string;
  status: string;
  participants: Participant[];
  startDate: string | null;
  endDate: string | null;
  funding: FundingLine[];
  milestones: Milestone[];
  indicators: IndicatorLink[];
}

export interface ParticipantView {
  partnerId: string;
  name: string | null;
  type: string | null;
  archived: boolean | null;
  role: string | null;
}

export interface AreaRef {
  code: string;
  name: string | null;
  level: string | null;
}

export interface MeasureIndicator {
  code: string;
  expectedDirection: string;
  indicator: Indicator | null;
  series: AreaSeries[];
}

export interface MeasureOverview {
  measure: Measure;
  leadPartner: PartnerRef;
  participants: ParticipantView[];
  areas: AreaRef[];
  indicators: MeasureIndicator[];
  degraded: string[];
}

export interface IndicatorProgress {
  tracked: number;
  achieved: number;
  onTrack: number;
  offTrack: number;
  insufficientData: number;
}

export interface ThemeSummary {
  theme: string;
  measures: number | null;
  measuresByStatus: Record<string, number> | null;
  budgetCents: number | null;
  indicators: IndicatorProgress | null;
}

export interface ProgrammeOverview {
  themes: ThemeSummary[];
  degraded: string[];
}

/** RFC 9457 problem details as the gateway writes them; `errors` names fields for 400s. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}

/** Something an import found: an error (the import fails) or a warning (rows or columns left out). */
export interface ImportIssue {
  kind: string;
  message: string;
  line: number | null;
  field: string | null;
  count: number;
}

/** What an import from StatLine read: the table as StatLine describes it, the first page's query, the pages so far. */
export interface StatLineRead {
  table: string;
  /** `cbs`, `cbs_third_party` or `cbs_v4`. */
  catalog: string;
  title: string | null;
  tableModified: string | null;
  query: string;
  pages: number;
}

/** An import of a file or of a StatLine table (observations or areas), while it runs and after. */
export interface ImportRun {
  id: string;
  state: "running" | "succeeded" | "failed" | string;
  format: string;
  fileName: string | null;
  mapping: string | null;
  bytesRead: number;
  rowsRead: number;
  rowsRejected: number;
  observationsRead: number;
  valuesMissing: number;
  observationsWritten: number;
  observationsUnchanged: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  startedAt: string | null;
  updatedAt: string | null;
  endedAt: string | null;
  /** For an import of areas: those added or changed, and those left as they were. */
  areasWritten: number;
  areasUnchanged: number;
  /** Set for an import the service read from StatLine. */
  statLine: StatLineRead | null;
}

/** A mapping the indicators service knows: which columns of a source become which indicators. */
export interface ImportMapping {
  name: string;
  version: number;
  /** The format in the API's spelling, with underscores (`cbs_odata_v3`). */
  format: string;
  source: string;
  description: string | null;
  /** The StatLine table the mapping is made for (`50090NED`) and its catalogue, or null for a mapping of files only. */
  table: string | null;
  catalog: string | null;
}

/** A reporting period: what it covers, from when reports open and by when they are due. */
export interface ReportingPeriod {
  code: string;
  name: string;
  startDate: string;
  endDate: string;
  opensOn: string;
  dueOn: string;
  createdAt: string;
}

export interface Actor {
  subject: string;
  name: string;
  role: string;
  partnerId: string | null;
}

export interface Spending {
  fundingLine: number;
  spentCents: number;
}

export interface Reach {
  areaCode: string | null;
  people: number;
  description: string;
}

export interface MilestoneUpdate {
  milestone: number;
  done: boolean;
  movedTo: string | null;
  reason: string;
}

export interface ReportEvent {
  fromState: string;
  toState: string;
  actor: Actor;
  reason: string;
  at: string;
}

/** What PUT /api/v1/measures/{id}/reports/{period} takes. */
export interface ReportInput {
  done: string;
  obstacles: string;
  nextSteps: string;
  rating: string | null;
  spending: Spending[];
  reach: Reach[];
  milestones: MilestoneUpdate[];
}

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: Actor;
  uploadedAt: string;
}

export interface ProgressReport extends ReportInput {
  measureId: string;
  period: string;
  state: string;
  lastEditor: Actor;
  events: ReportEvent[];
  attachments: Attachment[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ExpectedReport {
  measureId: string;
  measureTitle: string;
  leadPartnerId: string;
  expected: boolean;
  state: string | null;
  late: boolean;
  updatedAt: string | null;
}

export interface PeriodOverview {
  period: ReportingPeriod;
  expected: number;
  submitted: number;
  late: number;
  reports: ExpectedReport[];
}

/** Who made a change; the subject is empty for the service itself (seed data). */
export interface ChangeActor {
  subject: string;
  name: string;
  role: string;
  partnerId: string | null;
}

/** A field's value before and after a change, as JSON; null where it had or has none. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** One change in a record's history (GET …/history). */
export interface Change {
  sequence: number;
  changedAt: string;
  actor: ChangeActor;
  kind: string;
  id: string;
  label: string;
  action: string;
  fields: FieldChange[];
  reason: string | null;
  traceId: string | null;
}

/** The organisation's OpenID Connect provider the pages sign in with (GET /api/v1/sign-in). */
export interface SignInProvider {
  authority: string;
  clientId: string;
  scope: string;
  displayName: string;
}

export interface SignInOptions {
  provider: SignInProvider | null;
  developmentTokens: boolean;
}

/** An annual report (voortgangsrapportage) while it is made and after; its content once ready. */
export interface AnnualReport {
  id: string;
  year: number;
  scope: "programme" | "theme" | "wijk" | string;
  theme: string | null;
  areaCode: string | null;
  introduction: string;
  state: "queued" | "generating" | "ready" | "failed" | string;
  progressPercent: number;
  step: string;
  error: string | null;
  requestedBy: { name: string };
  createdAt: string;
  /** The peildatum: everything in the report is as it stood at this moment. */
  asOf: string;
  finishedAt: string | null;
  documents: { format: string; sizeBytes: number; sha256: string; href: string }[];
  content: AnnualReportContent | null;
}

export interface AnnualReportContent {
  title: string;
  year: number;
  scopeName: string;
  generatedAt: string;
  introduction: string;
  totals: { measures: number; budgetEuros: number; spentEuros: number; peopleReached: number; approvedReports: number };
  themes: {
    theme: string;
    name: string;
    measures: {
      id: string;
      title: string;
      status: string;
      leadPartner: string;
      areas: string[];
      budgetEuros: number;
      spentEuros: number;
      peopleReached: number;
      progress: { period: string; periodName: string; rating: string | null; done: string; obstacles: string; nextSteps: string }[];
      milestones: { title: string; dueDate: string | null; done: boolean }[];
    }[];
  }[];
  indicators: {
    code: string;
    name: string;
    unit: string;
    series: { areaCode: string; areaName: string; isCity: boolean; points: { year: number; value: number | null; status: string; source: string }[] }[];
    targets: { areaCode: string; areaName: string; baselineYear: number; baselineValue: number; targetYear: number; goalValue: number | null; latestYear: number | null; latestValue: number | null; status: string }[];
  }[];
  partners: { id: string; name: string; type: string; leads: string[]; takesPartIn: string[] }[];
  asOf: string;
  /** What differs from the last report of the same year and scope made for an earlier peildatum. */
  changedSince: AnnualReportChanges | null;
}

export interface FigurePoint {
  year: number;
  value: number | null;
  status: string;
  source: string;
}

export interface AnnualReportChanges {
  previousReportId: string;
  previousAsOf: string;
  figures: { indicatorCode: string; indicatorName: string; unit: string; areaCode: string; areaName: string; year: number; before: FigurePoint | null; after: FigurePoint | null }[];
  progress: { measureId: string; measureTitle: string; period: string; periodName: string; change: "approved" | "changed" | "withdrawn" | string }[];
}
