import { usePageTitle } from "../usePageTitle";

export function NotFoundPage() {
  usePageTitle("Pagina niet gevonden");
  return (
    <>
      <h1>Pagina niet gevonden</h1>
      <p>
        Deze pagina bestaat niet. Ga naar het <a href="/">programma-overzicht</a>.
      </p>
    </>
  );
}
