using Nplv.Importer;

// The first Ctrl+C cancels the import (the service writes nothing of it); a second one ends the process at once.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
};

return await ImporterApp.RunAsync(args, ImporterConsole.System, cancel.Token);
