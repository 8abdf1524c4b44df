using Nplv.Partners;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddPartnersServices();

var app = builder.Build();

app.MapGrpcServiceDefaults();
app.MapPartnersServices();

app.Run();
