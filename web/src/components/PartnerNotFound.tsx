const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an address's partner id can name a partner at all (the gateway answers 400 for anything else). */
export function isPartnerId(id: string): boolean {
  return uuid.test(id);
}

export function PartnerNotFound() {
  return (
    <div class="notice notice-error" role="alert" data-testid="partner-not-found">
      <p>
        <strong>Deze partner bestaat niet.</strong> Misschien is het adres niet volledig. Zoek de partner in de{" "}
        <a href="/partners?archief=ja">lijst van partners</a>.
      </p>
    </div>
  );
}
