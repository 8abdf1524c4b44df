using System.Text;
using System.Xml;

namespace Nplv.Gateway.Exports;

/// <summary>
/// Text as an Office file can hold it. XML 1.0 has no place for most control characters (a form feed pasted from
/// Word, say), nor for half a surrogate pair: they are left out rather than failing the whole file.
/// </summary>
public static class XmlText
{
    public static string Printable(string text, int maxLength = int.MaxValue)
    {
        if (text.Length <= maxLength && IsPrintable(text))
        {
            return text;
        }

        var kept = new StringBuilder(Math.Min(text.Length, maxLength));
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A pair is kept whole or not at all.
                if (kept.Length + 2 > maxLength) break;
                kept.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                if (kept.Length + 1 > maxLength) break;
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

    private static bool IsPrintable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
