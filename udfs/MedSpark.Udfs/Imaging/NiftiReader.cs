using System.Buffers.Binary;
using System.IO.Compression;

namespace MedSpark.Udfs.Imaging;

/// <summary>
/// Reads single-file NIfTI-1 images (<c>.nii</c> and gzip-compressed <c>.nii.gz</c>, magic <c>n+1</c>) in either byte
/// order. Supported datatypes: uint8, int8, int16, uint16, int32, uint32, float32, float64 (codes 2, 256, 4, 512, 8,
/// 768, 16, 64). Values are scaled by <c>scl_slope</c> and <c>scl_inter</c> when the slope is finite and nonzero,
/// as the NIfTI-1 standard and nibabel do.
/// </summary>
/// <remarks>Header layout: NIfTI-1 standard, nifti1.h (NIfTI Data Format Working Group, 2004).</remarks>
public static class NiftiReader
{
    private const int HeaderSize = 348;
    private const int MinDataOffset = 352;

    /// <summary>Reads <paramref name="path"/>; gzip is recognised by its magic bytes, not the extension.</summary>
    /// <exception cref="NiftiFormatException">The file is not a supported NIfTI-1 image.</exception>
    public static NiftiImage Read(string path)
    {
        byte[] bytes;
        using (var file = File.OpenRead(path))
        {
            bytes = IsGzip(file) ? Decompress(file) : ReadAll(file);
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses the bytes of a whole uncompressed NIfTI-1 file; <paramref name="path"/> names it in errors.</summary>
    public static NiftiImage Parse(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.Length < HeaderSize) throw new NiftiFormatException(path, $"{bytes.Length} bytes, shorter than the 348-byte NIfTI-1 header.");
        bool little = BinaryPrimitives.ReadInt32LittleEndian(bytes) == HeaderSize;
        if (!little && BinaryPrimitives.ReadInt32BigEndian(bytes) != HeaderSize)
        {
            throw new NiftiFormatException(path, "sizeof_hdr is not 348 in either byte order: not a NIfTI-1 file.");
        }

        var header = new HeaderReader(bytes, little);
        if (!(bytes[344] == (byte)'n' && bytes[345] == (byte)'+' && bytes[346] == (byte)'1' && bytes[347] == 0))
        {
            throw new NiftiFormatException(path, "magic is not \"n+1\": only single-file NIfTI-1 (.nii) is supported.");
        }

        int rank = header.Int16(40);
        if (rank < 1 || rank > 7) throw new NiftiFormatException(path, $"dim[0] = {rank}, expected 1..7.");
        var dims = new int[3] { 1, 1, 1 };
        for (int d = 1; d <= rank; d++)
        {
            int n = header.Int16(40 + (2 * d));
            if (n < 1) throw new NiftiFormatException(path, $"dim[{d}] = {n}, expected >= 1.");
            if (d <= 3) dims[d - 1] = n;
            else if (n != 1) throw new NiftiFormatException(path, $"dim[{d}] = {n}: only 2D and 3D images are supported.");
        }

        int datatype = header.Int16(70);
        int bytesPerVoxel = datatype switch
        {
            2 or 256 => 1,
            4 or 512 => 2,
            8 or 768 or 16 => 4,
            64 => 8,
            _ => throw new NiftiFormatException(path, $"datatype {datatype} is not supported (uint8, int8, int16, uint16, int32, uint32, float32, float64)."),
        };
        double[] spacing = new double[3];
        for (int a = 0; a < 3; a++)
        {
            double s = Math.Abs(header.Single(76 + (4 * (a + 1))));
            // A 2D file may leave pixdim[3] at 0; any other axis needs a real voxel size.
            if (a < rank && (!double.IsFinite(s) || s <= 0)) throw new NiftiFormatException(path, $"pixdim[{a + 1}] = {s}, expected > 0.");
            spacing[a] = a < rank ? s : (double.IsFinite(s) && s > 0 ? s : 1.0);
        }

        double voxOffset = header.Single(108);
        double slope = header.Single(112), inter = header.Single(116);
        bool scaled = double.IsFinite(slope) && slope != 0;
        if (!double.IsFinite(inter)) inter = 0;
        long offset = Math.Max(MinDataOffset, (long)voxOffset);
        var shape = new VolumeShape(dims[0], dims[1], dims[2]);
        long needed = offset + (shape.Count * bytesPerVoxel);
        if (shape.Count > Array.MaxLength) throw new NiftiFormatException(path, $"{shape.Count} voxels is too many.");
        if (bytes.Length < needed) throw new NiftiFormatException(path, $"{bytes.Length} bytes, but the header describes {needed}.");

        var values = new float[shape.Count];
        var data = bytes[(int)offset..];
        for (int v = 0; v < values.Length; v++)
        {
            var cell = data.Slice(v * bytesPerVoxel, bytesPerVoxel);
            double raw = datatype switch
            {
                2 => cell[0],
                256 => (sbyte)cell[0],
                4 => little ? BinaryPrimitives.ReadInt16LittleEndian(cell) : BinaryPrimitives.ReadInt16BigEndian(cell),
                512 => little ? BinaryPrimitives.ReadUInt16LittleEndian(cell) : BinaryPrimitives.ReadUInt16BigEndian(cell),
                8 => little ? BinaryPrimitives.ReadInt32LittleEndian(cell) : BinaryPrimitives.ReadInt32BigEndian(cell),
                768 => little ? BinaryPrimitives.ReadUInt32LittleEndian(cell) : BinaryPrimitives.ReadUInt32BigEndian(cell),
                16 => little ? BinaryPrimitives.ReadSingleLittleEndian(cell) : BinaryPrimitives.ReadSingleBigEndian(cell),
                _ => little ? BinaryPrimitives.ReadDoubleLittleEndian(cell) : BinaryPrimitives.ReadDoubleBigEndian(cell),
            };
            values[v] = (float)(scaled ? (raw * slope) + inter : raw);
        }

        return new NiftiImage(shape, spacing[0], spacing[1], spacing[2], values, datatype);
    }

    private static bool IsGzip(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        int read = file.Read(magic);
        file.Position = 0;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    private static byte[] Decompress(Stream file)
    {
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    private static byte[] ReadAll(Stream file)
    {
        using var memory = new MemoryStream();
        file.CopyTo(memory);
        return memory.ToArray();
    }

    private readonly ref struct HeaderReader(ReadOnlySpan<byte> bytes, bool little)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;

        public short Int16(int at) =>
            little ? BinaryPrimitives.ReadInt16LittleEndian(_bytes[at..]) : BinaryPrimitives.ReadInt16BigEndian(_bytes[at..]);

        public float Single(int at) =>
            little ? BinaryPrimitives.ReadSingleLittleEndian(_bytes[at..]) : BinaryPrimitives.ReadSingleBigEndian(_bytes[at..]);
    }
}
