import { ImportForm } from "../components/ImportForm";
import { ProgrammeOfficeOnly } from "../components/ProgrammeOfficeOnly";
import { usePageTitle } from "../usePageTitle";

export function ImportPage() {
  usePageTitle("Bestand importeren");
  return (
    <>
      <h1>Bestand importeren</h1>
      <p class="lead">
        Lees cijfers in uit een bestand van het CBS, de Leefbaarometer of een eigen lange CSV. De import controleert het hele bestand: vindt hij
        een fout, dan wordt er niets geschreven. Daarna volgt u hoe het bestand wordt ingelezen.
      </p>
      <ProgrammeOfficeOnly what="bestanden importeren">
        <ImportForm />
      </ProgrammeOfficeOnly>
    </>
  );
}
