namespace MedSpark.Shared.Engine;

/// <summary>A dataset split into partitions: the unit an engine moves. Immutable.</summary>
public sealed class Partitioned<T>
{
    public Partitioned(IReadOnlyList<IReadOnlyList<T>> partitions) => Partitions = partitions;

    public IReadOnlyList<IReadOnlyList<T>> Partitions { get; }

    public int PartitionCount => Partitions.Count;

    public long Count => Partitions.Sum(p => (long)p.Count);

    /// <summary>All rows in partition order.</summary>
    public IEnumerable<T> Rows => Partitions.SelectMany(p => p);

    /// <summary>Splits a list into <paramref name="partitions"/> contiguous slices of near-equal size.</summary>
    public static Partitioned<T> FromList(IReadOnlyList<T> rows, int partitions)
    {
        partitions = Math.Max(1, Math.Min(partitions, Math.Max(1, rows.Count)));
        var result = new IReadOnlyList<T>[partitions];
        int start = 0;
        for (int p = 0; p < partitions; p++)
        {
            int size = rows.Count / partitions + (p < rows.Count % partitions ? 1 : 0);
            var slice = new T[size];
            for (int i = 0; i < size; i++) slice[i] = rows[start + i];
            result[p] = slice;
            start += size;
        }
        return new Partitioned<T>(result);
    }
}
