using Microsoft.EntityFrameworkCore;

namespace Nplv.Testing.Oidc;

/// <summary>OpenIddict's applications, authorizations and tokens, kept in memory for the provider's lifetime.</summary>
internal sealed class OidcDbContext(DbContextOptions<OidcDbContext> options) : DbContext(options);
