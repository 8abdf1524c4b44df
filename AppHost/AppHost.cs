using Nplv.AppHost.Gateway;
using Nplv.AppHost.Grpc;
using Nplv.AppHost.Postgres;

var builder = DistributedApplication.CreateBuilder(args);

NplvDatabases databases;
try
{
    databases = builder.AddNplvDatabases();
}
catch (PostgresUnavailableException ex)
{
    // What to install says more than a stack trace.
    Console.Error.WriteLine(ex.Message);
    return 1;
}

var partners = builder.AddProject<Projects.Nplv_Partners>("partners")
    .WithGrpcHealthCheck()
    .WithDatabase(databases.Partners);

var indicators = builder.AddProject<Projects.Nplv_Indicators>("indicators")
    .WithGrpcHealthCheck()
    .WithDatabase(databases.Indicators);

var measures = builder.AddProject<Projects.Nplv_Measures>("measures")
    .WithGrpcHealthCheck()
    .WithDatabase(databases.Measures)
    .WithReference(partners)
    .WithReference(indicators)
    .WaitFor(partners)
    .WaitFor(indicators);

builder.AddProject<Projects.Nplv_Gateway>("gateway")
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints()
    .WithDevelopmentSigningKey()
    .WithReference(partners)
    .WithReference(measures)
    .WithReference(indicators)
    .WaitFor(partners)
    .WaitFor(measures)
    .WaitFor(indicators);

builder.Build().Run();
return 0;
