namespace MedSpark.Udfs.Radiomics;

/// <summary>One output value of <see cref="RadiomicsExtractor"/>, as described by the native library.</summary>
/// <param name="Name">IBSI feature name, e.g. <c>Joint maximum</c>.</param>
/// <param name="IbsiCode">IBSI four-character code, e.g. <c>GYBY</c>; empty when IBSI defines none.</param>
/// <param name="Family">Feature family: <c>intensity_statistics</c>, <c>morphology</c>, <c>glcm</c>, <c>glrlm</c>, <c>glszm</c>, <c>gldzm</c>, <c>ngtdm</c> or <c>ngldm</c> (as in the IBSI reference table).</param>
/// <param name="Aggregation">IBSI aggregation, e.g. <c>3D, averaged</c> or <c>2.5D</c>, spelled as in the IBSI reference table; empty when not applicable.</param>
public sealed record FeatureDescriptor(string Name, string IbsiCode, string Family, string Aggregation)
{
    /// <summary>The snake_case output column, e.g. <c>glcm_joint_max_3d_avg</c>; see <see cref="FeatureColumns"/>.</summary>
    public required string ColumnName { get; init; }
}
