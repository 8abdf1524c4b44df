namespace Nplv.Indicators.Shapes;

/// <summary>A shape file that cannot be read or used, with what is wrong in words a user can act on.</summary>
public sealed class ShapeFileException(string message) : Exception(message);
