using System.Globalization;

namespace MedSpark.Tests.Udfs;

/// <summary>
/// The IBSI-1 digital phantom and its reference values, read from tests/data/ibsi (copied next to the
/// test assembly). See tests/data/ibsi/README.md for the source, license and tolerance rule.
/// </summary>
internal sealed class IbsiPhantom
{
    private static readonly Lazy<IbsiPhantom> s_instance = new(Load);

    private IbsiPhantom(int nx, int ny, int nz, double[] spacing, float[] values, byte[] mask)
    {
        Nx = nx;
        Ny = ny;
        Nz = nz;
        Spacing = spacing;
        Values = values;
        Mask = mask;
    }

    public static IbsiPhantom Instance => s_instance.Value;

    public int Nx { get; }

    public int Ny { get; }

    public int Nz { get; }

    public IReadOnlyList<double> Spacing { get; }

    public float[] Values { get; }

    public byte[] Mask { get; }

    public static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "data", "ibsi", name);

    /// <summary>A reference row; <see cref="Tolerance"/> is absolute, with the digits rule applied when the table gives none.</summary>
    public sealed record Reference(string Family, string Feature, string Code, string Aggregation, double Value, double Tolerance);

    public static IReadOnlyList<Reference> References()
    {
        var rows = new List<Reference>();
        foreach (var line in File.ReadLines(DataPath("reference_values.csv")).Skip(1))
        {
            var cells = SplitCsv(line);
            double value = double.Parse(cells[5], CultureInfo.InvariantCulture);
            double tolerance = cells[6].Length == 0 ? DigitsTolerance(value) : double.Parse(cells[6], CultureInfo.InvariantCulture);
            rows.Add(new Reference(cells[0], cells[1], cells[2], cells[4], value, tolerance));
        }

        return rows;
    }

    /// <summary>
    /// IBSI reports three significant digits, so a value without a tolerance is exact when it rounds to
    /// them: within half a unit of the third significant digit.
    /// </summary>
    public static double DigitsTolerance(double reference)
    {
        if (reference == 0)
        {
            return 0.5e-3;
        }

        double exponent = Math.Floor(Math.Log10(Math.Abs(reference)));
        return 0.5 * Math.Pow(10, exponent - 2);
    }

    /// <summary>GLCM count matrices from IBSI docs/06, keyed by "dx dy dz" or "merged"; absent cells are 0.</summary>
    public static IReadOnlyDictionary<string, Dictionary<(int I, int J), double>> GlcmMatrices()
    {
        var result = new Dictionary<string, Dictionary<(int I, int J), double>>();
        foreach (var line in File.ReadLines(DataPath("glcm_3d_matrices.csv")).Skip(1))
        {
            var cells = line.Split(',');
            if (!result.TryGetValue(cells[0], out var matrix))
            {
                result[cells[0]] = matrix = new Dictionary<(int I, int J), double>();
            }

            matrix[(int.Parse(cells[1], CultureInfo.InvariantCulture), int.Parse(cells[2], CultureInfo.InvariantCulture))] =
                double.Parse(cells[3], CultureInfo.InvariantCulture);
        }

        return result;
    }

    /// <summary>
    /// Texture matrices of the phantom from IBSI docs/06 (tests/data/ibsi/texture_matrices.csv), keyed by
    /// (matrix, slice) with slice "1".."4" or "3d"; absent cells are 0. NGTDM: j = 1 holds s_i, j = 2 n_i.
    /// </summary>
    public static IReadOnlyDictionary<(string Matrix, string Slice), Dictionary<(int I, int J), double>> TextureMatrices()
    {
        var result = new Dictionary<(string Matrix, string Slice), Dictionary<(int I, int J), double>>();
        foreach (var line in File.ReadLines(DataPath("texture_matrices.csv")).Skip(1))
        {
            var cells = line.Split(',');
            var key = (cells[0], cells[1]);
            if (!result.TryGetValue(key, out var matrix))
            {
                result[key] = matrix = new Dictionary<(int I, int J), double>();
            }

            matrix[(int.Parse(cells[2], CultureInfo.InvariantCulture), int.Parse(cells[3], CultureInfo.InvariantCulture))] =
                double.Parse(cells[4], CultureInfo.InvariantCulture);
        }

        return result;
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    private static IbsiPhantom Load()
    {
        int nx = 0, ny = 0, nz = 0;
        double[] spacing = [];
        var values = new List<float>();
        var mask = new List<byte>();
        foreach (var line in File.ReadLines(DataPath("digital_phantom.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (parts[0])
            {
                case "dims":
                    (nx, ny, nz) = (int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture));
                    break;
                case "spacing":
                    spacing = parts.Skip(1).Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                    break;
                case "values":
                    values.AddRange(parts.Skip(2).Select(p => float.Parse(p, CultureInfo.InvariantCulture)));
                    break;
                case "mask":
                    mask.AddRange(parts.Skip(2).Select(p => byte.Parse(p, CultureInfo.InvariantCulture)));
                    break;
            }
        }

        return new IbsiPhantom(nx, ny, nz, spacing, values.ToArray(), mask.ToArray());
    }
}
