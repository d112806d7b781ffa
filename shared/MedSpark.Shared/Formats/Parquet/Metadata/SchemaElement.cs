using MedSpark.Shared.Formats.Parquet.Thrift;

namespace MedSpark.Shared.Formats.Parquet.Metadata;

/// <summary>
/// parquet.thrift <c>SchemaElement</c>, with the <c>LogicalType</c> union flattened into
/// <see cref="Logical"/> plus the parameters of the members MedSpark reads (timestamp, integer, decimal).
/// </summary>
internal sealed class SchemaElement
{
    public PhysicalType? Type { get; set; }
    public int? TypeLength { get; set; }
    public Repetition? Repetition { get; set; }
    public string Name { get; set; } = "";
    public int? NumChildren { get; set; }
    public ConvertedType? Converted { get; set; }
    public LogicalKind Logical { get; set; }
    public bool TimestampAdjustedToUtc { get; set; }
    public TimeUnit TimestampUnit { get; set; }
    public int IntegerBitWidth { get; set; }
    public bool IntegerSigned { get; set; }
    /// <summary>DECIMAL scale: the legacy field 7, or the logical type's when present.</summary>
    public int? Scale { get; set; }
    /// <summary>DECIMAL precision: the legacy field 8, or the logical type's when present.</summary>
    public int? Precision { get; set; }

    public void Write(CompactWriter w)
    {
        w.BeginStruct();
        if (Type is { } type) w.I32(1, (int)type);
        if (TypeLength is { } length) w.I32(2, length);
        if (Repetition is { } repetition) w.I32(3, (int)repetition);
        w.String(4, Name);
        if (NumChildren is { } children) w.I32(5, children);
        if (Converted is { } converted) w.I32(6, (int)converted);
        if (Scale is { } scale) w.I32(7, scale);
        if (Precision is { } precision) w.I32(8, precision);
        if (Logical != LogicalKind.None)
        {
            w.StructField(10);
            w.StructField((short)Logical);
            // The parameterised members MedSpark writes are TIMESTAMP and DECIMAL; STRING, DATE, LIST, MAP are empty structs.
            if (Logical == LogicalKind.Decimal)
            {
                w.I32(1, Scale ?? 0);
                w.I32(2, Precision ?? 0);
            }
            if (Logical == LogicalKind.Timestamp)
            {
                w.Bool(1, TimestampAdjustedToUtc);
                w.StructField(2);
                w.StructField((short)TimestampUnit);
                w.EndStruct();
                w.EndStruct();
            }
            w.EndStruct();
            w.EndStruct();
        }
        w.EndStruct();
    }

    public static SchemaElement Read(CompactReader r)
    {
        var e = new SchemaElement();
        r.BeginStruct();
        while (r.NextField(out short id, out var t))
        {
            switch (id)
            {
                case 1 when t == CompactType.I32: e.Type = (PhysicalType)r.ReadI32(); break;
                case 2 when t == CompactType.I32: e.TypeLength = r.ReadI32(); break;
                case 3 when t == CompactType.I32: e.Repetition = (Repetition)r.ReadI32(); break;
                case 4 when t == CompactType.Binary: e.Name = r.ReadString(); break;
                case 5 when t == CompactType.I32: e.NumChildren = r.ReadI32(); break;
                case 6 when t == CompactType.I32: e.Converted = (ConvertedType)r.ReadI32(); break;
                case 7 when t == CompactType.I32: e.Scale = r.ReadI32(); break;
                case 8 when t == CompactType.I32: e.Precision = r.ReadI32(); break;
                case 10 when t == CompactType.Struct: ReadLogicalType(r, e); break;
                default: r.Skip(t); break;
            }
        }
        r.EndStruct();
        return e;
    }

    private static void ReadLogicalType(CompactReader r, SchemaElement e)
    {
        r.BeginStruct();
        while (r.NextField(out short id, out var t))
        {
            if (t != CompactType.Struct)
            {
                r.Skip(t);
                continue;
            }
            e.Logical = Enum.IsDefined(typeof(LogicalKind), (int)id) ? (LogicalKind)id : LogicalKind.Unknown;
            r.BeginStruct();
            while (r.NextField(out short inner, out var it))
            {
                if (e.Logical == LogicalKind.Timestamp && inner == 1 && it is CompactType.BooleanTrue or CompactType.BooleanFalse)
                    e.TimestampAdjustedToUtc = CompactReader.BoolValue(it);
                else if (e.Logical == LogicalKind.Timestamp && inner == 2 && it == CompactType.Struct)
                    e.TimestampUnit = ReadTimeUnit(r);
                else if (e.Logical == LogicalKind.Integer && inner == 1 && it == CompactType.Byte)
                    e.IntegerBitWidth = (sbyte)r.ReadByteValue();
                else if (e.Logical == LogicalKind.Integer && inner == 2 && it is CompactType.BooleanTrue or CompactType.BooleanFalse)
                    e.IntegerSigned = CompactReader.BoolValue(it);
                // Fields come in id order, so the logical type's parameters override the legacy fields 7 and 8.
                else if (e.Logical == LogicalKind.Decimal && inner == 1 && it == CompactType.I32)
                    e.Scale = r.ReadI32();
                else if (e.Logical == LogicalKind.Decimal && inner == 2 && it == CompactType.I32)
                    e.Precision = r.ReadI32();
                else
                    r.Skip(it);
            }
            r.EndStruct();
        }
        r.EndStruct();
    }

    private static TimeUnit ReadTimeUnit(CompactReader r)
    {
        var unit = TimeUnit.None;
        r.BeginStruct();
        while (r.NextField(out short id, out var t))
        {
            if (t == CompactType.Struct && id is >= 1 and <= 3) unit = (TimeUnit)id;
            r.Skip(t);
        }
        r.EndStruct();
        return unit;
    }
}
