using MedSpark.Udfs.Interop;
using MedSpark.Udfs.Radiomics;

namespace MedSpark.Udfs.Imaging;

/// <summary>
/// The IBSI-1 image processing chain, run by the native medfeat library before feature extraction:
/// interpolation to isotropic voxels with grid centres aligned (trilinear for intensities; nearest neighbour or
/// partial volume for the mask), optional rounding of intensities to integers, then re-segmentation of the ROI by intensity range and by outliers
/// (mean +/- k sd of the range-filtered ROI). A 2D image (Nz = 1) is resampled in-plane only.
/// </summary>
/// <remarks>Zwanenburg et al., IBSI reference manual (arXiv:1612.07003), sections 2.4 to 2.6.</remarks>
public static class ImagePreprocessor
{
    /// <summary>Runs the chain; with <see cref="PreprocessingSettings.IsIdentity"/> settings it copies the input.</summary>
    /// <exception cref="MedFeatException">Invalid input, or a ROI emptied by re-segmentation (<see cref="MedFeatStatus.EmptyMask"/>).</exception>
    public static unsafe PreprocessedImage Run(
        ReadOnlySpan<float> values, ReadOnlySpan<byte> mask, VolumeShape shape, double sx, double sy, double sz,
        PreprocessingSettings settings, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var native = new MedFeatNative.PreprocessSettings
        {
            Spacing = settings.Spacing ?? 0,
            MaskInterpolation = (int)settings.MaskInterpolation,
            ResegmentRange = settings.RangeMin is null && settings.RangeMax is null ? 0 : 1,
            RangeMin = settings.RangeMin ?? double.NegativeInfinity,
            RangeMax = settings.RangeMax ?? double.PositiveInfinity,
            OutlierSigma = settings.OutlierSigma ?? 0,
            RoundIntensities = settings.RoundIntensities ? 1 : 0,
        };
        fixed (float* p = values)
        fixed (byte* m = mask)
        {
            var image = new MedFeatNative.Image
            {
                Values = p,
                Mask = m,
                ValueCount = values.Length,
                MaskCount = mask.Length,
                Nx = shape.Nx,
                Ny = shape.Ny,
                Nz = shape.Nz,
                SpacingX = sx,
                SpacingY = sy,
                SpacingZ = sz,
            };
            MedFeatNative.ThrowIfFailed(MedFeatNative.PreprocessGrid(image, native, out int nx, out int ny, out int nz), context);
            var grid = new VolumeShape(nx, ny, nz);
            var outValues = new float[grid.Count];
            var outMask = new byte[grid.Count];
            MedFeatNative.ThrowIfFailed(MedFeatNative.Preprocess(image, native, outValues, outMask, (nuint)outValues.Length), context);
            double target = settings.Spacing ?? 0;
            return new PreprocessedImage(
                grid,
                target > 0 ? target : sx,
                target > 0 ? target : sy,
                target > 0 && shape.Nz > 1 ? target : sz,
                outValues,
                outMask);
        }
    }
}
