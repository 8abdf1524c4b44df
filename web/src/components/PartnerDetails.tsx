import type { Partner } from "../api/types";
import { formatDateTime, label, partnerTypeNames } from "../labels";

/** An address to link to, only when it is a web address (http or https); anything else is shown as text. */
export function webAddress(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function PartnerDetails({ partner }: { partner: Partner }) {
  const website = partner.website ? webAddress(partner.website) : null;
  return (
    <>
      <dl class="figures partner-facts">
        <dt>Type</dt>
        <dd data-testid="partner-type">{label(partnerTypeNames, partner.type)}</dd>
        <dt>Website</dt>
        <dd data-testid="partner-website">
          {website ? (
            <a href={website} rel="noopener noreferrer" target="_blank">
              {partner.website}
              <span class="visually-hidden"> (opent in een nieuw tabblad)</span>
            </a>
          ) : (
            partner.website || <span class="muted">Geen website vastgelegd</span>
          )}
        </dd>
        <dt>Laatst gewijzigd</dt>
        <dd>{`${formatDateTime(partner.updatedAt)} (versie ${partner.version})`}</dd>
      </dl>
      <section aria-labelledby="role-title">
        <h2 id="role-title">Rol in het programma</h2>
        <p class="prose" data-testid="partner-role">
          {partner.role || <span class="muted">Nog niet beschreven.</span>}
        </p>
      </section>
      <section aria-labelledby="contacts-title">
        <h2 id="contacts-title">Contactpersonen</h2>
        {partner.contacts.length > 0 ? (
          <ul class="contacts" data-testid="partner-contacts">
            {partner.contacts.map((contact, index) => (
              <li key={index}>
                <strong>{contact.name}</strong>
                {contact.function && <span>{contact.function}</span>}
                {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">Geen contactpersonen vastgelegd.</p>
        )}
      </section>
    </>
  );
}
