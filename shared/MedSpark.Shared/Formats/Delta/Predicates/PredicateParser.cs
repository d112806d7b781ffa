using System.Globalization;
using System.Text;

namespace MedSpark.Shared.Formats.Delta.Predicates;

/// <summary>Recursive-descent parser of the text form of <see cref="DeltaPredicate"/>; OR binds looser than AND.</summary>
internal sealed class PredicateParser
{
    private readonly string _text;
    private int _pos;

    private PredicateParser(string text) => _text = text;

    public static DeltaPredicate Parse(string text)
    {
        var parser = new PredicateParser(text);
        var result = parser.ParseOr();
        parser.SkipSpace();
        if (parser._pos < text.Length) throw parser.Error("unexpected text");
        return result;
    }

    private DeltaPredicate ParseOr()
    {
        var left = ParseAnd();
        while (TryKeyword("OR")) left = new Or(left, ParseAnd());
        return left;
    }

    private DeltaPredicate ParseAnd()
    {
        var left = ParsePrimary();
        while (TryKeyword("AND")) left = new And(left, ParsePrimary());
        return left;
    }

    private DeltaPredicate ParsePrimary()
    {
        SkipSpace();
        if (TrySymbol("("))
        {
            var inner = ParseOr();
            if (!TrySymbol(")")) throw Error("expected ')'");
            return inner;
        }
        string column = Identifier();
        if (TryKeyword("IS"))
        {
            bool not = TryKeyword("NOT");
            if (!TryKeyword("NULL")) throw Error("expected NULL");
            return new Comparison(column, not ? ComparisonOperator.IsNotNull : ComparisonOperator.IsNull);
        }
        var op = Operator();
        return new Comparison(column, op, Literal());
    }

    private ComparisonOperator Operator()
    {
        SkipSpace();
        foreach (var (symbol, op) in new[]
        {
            ("==", ComparisonOperator.Equal), ("!=", ComparisonOperator.NotEqual), ("<>", ComparisonOperator.NotEqual),
            ("<=", ComparisonOperator.LessThanOrEqual), (">=", ComparisonOperator.GreaterThanOrEqual),
            ("=", ComparisonOperator.Equal), ("<", ComparisonOperator.LessThan), (">", ComparisonOperator.GreaterThan),
        })
        {
            if (TrySymbol(symbol)) return op;
        }
        throw Error("expected a comparison operator (= != <> < <= > >=) or IS [NOT] NULL");
    }

    private object Literal()
    {
        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == '\'') return QuotedString();
        if (TryKeyword("DATE")) { SkipSpace(); return DateOnly.ParseExact(QuotedString(), "yyyy-MM-dd", CultureInfo.InvariantCulture); }
        if (TryKeyword("TIMESTAMP"))
        {
            SkipSpace();
            return DateTime.Parse(QuotedString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        }
        if (TryKeyword("TRUE")) return true;
        if (TryKeyword("FALSE")) return false;
        int start = _pos;
        if (_pos < _text.Length && (_text[_pos] == '-' || _text[_pos] == '+')) _pos++;
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] is '.' or 'e' or 'E'
            || (_text[_pos] is '-' or '+' && _text[_pos - 1] is 'e' or 'E'))) _pos++;
        string number = _text[start.._pos];
        if (long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l)) return l;
        if (decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal m)) return m;
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)) return d;
        _pos = start;
        throw Error("expected a literal ('text', a number, true, false, DATE '…' or TIMESTAMP '…')");
    }

    private string QuotedString()
    {
        if (_pos >= _text.Length || _text[_pos] != '\'') throw Error("expected a quoted string");
        var sb = new StringBuilder();
        for (_pos++; _pos < _text.Length; _pos++)
        {
            if (_text[_pos] != '\'') { sb.Append(_text[_pos]); continue; }
            if (_pos + 1 < _text.Length && _text[_pos + 1] == '\'') { sb.Append('\''); _pos++; continue; }
            _pos++;
            return sb.ToString();
        }
        throw Error("unterminated string");
    }

    private string Identifier()
    {
        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == '`')
        {
            int end = _text.IndexOf('`', _pos + 1);
            if (end < 0) throw Error("unterminated `column`");
            string quoted = _text[(_pos + 1)..end];
            _pos = end + 1;
            return quoted;
        }
        int start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        if (_pos == start) throw Error("expected a column name");
        return _text[start.._pos];
    }

    private bool TryKeyword(string keyword)
    {
        SkipSpace();
        int end = _pos + keyword.Length;
        if (end > _text.Length || string.Compare(_text, _pos, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
        if (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] == '_')) return false;
        _pos = end;
        return true;
    }

    private bool TrySymbol(string symbol)
    {
        SkipSpace();
        if (string.CompareOrdinal(_text, _pos, symbol, 0, symbol.Length) != 0) return false;
        _pos += symbol.Length;
        return true;
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private FormatException Error(string what) => new($"Predicate \"{_text}\": {what} at position {_pos + 1}.");
}
