using Nplv.Indicators;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddIndicatorsServices();

var app = builder.Build();

app.MapGrpcServiceDefaults();
app.MapIndicatorsServices();

app.Run();
