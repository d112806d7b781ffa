using MedSpark.Udfs.Radiomics;
using Xunit;

namespace MedSpark.Tests.Udfs;

public sealed class RadiomicsWorkspaceTests
{
    [Fact]
    public void Extract_BatchInOneWorkspace_BitIdenticalToFreshMemory()
    {
        var random = new Random(20261121);
        using var workspace = new RadiomicsWorkspace();
        for (int i = 0; i < 12; i++)
        {
            int nx = 1 + random.Next(24), ny = 1 + random.Next(24), nz = i % 3 == 0 ? 1 : 1 + random.Next(12);
            var pixels = new float[nx * ny * nz];
            var mask = new byte[pixels.Length];
            for (int v = 0; v < pixels.Length; v++)
            {
                pixels[v] = random.Next(400) / 8f;
                mask[v] = (byte)(random.Next(10) < 7 ? 1 : 0);
            }
            mask[0] = 1;
            var settings = FeatureSettings.FixedBins(4 + random.Next(60));

            var fresh = RadiomicsExtractor.Extract(pixels, mask, nx, ny, nz, 1, 1, 2, settings);
            var reused = RadiomicsExtractor.Extract(pixels, mask, nx, ny, nz, 1, 1, 2, settings, $"image {i}", workspace);

            for (int k = 0; k < fresh.Length; k++)
            {
                Assert.True(BitConverter.DoubleToInt64Bits(fresh[k]) == BitConverter.DoubleToInt64Bits(reused[k]),
                    $"image {i} ({nx}x{ny}x{nz}), feature {RadiomicsExtractor.Features[k].ColumnName}: {fresh[k]:R} fresh vs {reused[k]:R} in the workspace");
            }
        }
    }

    [Fact]
    public void Extract_AfterAFailedImage_WorkspaceStillGivesTheSameValues()
    {
        var p = IbsiPhantom.Instance;
        using var workspace = new RadiomicsWorkspace();

        var failed = RadiomicsUdf.Extract(p.Values, new byte[p.Mask.Length], p.Nx, p.Ny, p.Nz, 2, 2, 2, FeatureSettings.Default, "empty", workspace);
        var ok = RadiomicsUdf.Extract(p.Values, p.Mask, p.Nx, p.Ny, p.Nz, 2, 2, 2, FeatureSettings.Default, "phantom", workspace);

        Assert.Equal("empty_mask", failed.ErrorCode);
        Assert.True(ok.IsSuccess, ok.ErrorMessage);
        Assert.Equal(RadiomicsExtractor.Extract(p.Values, p.Mask, p.Nx, p.Ny, p.Nz, 2, 2, 2, FeatureSettings.Default), ok.Values);
    }

    [Fact]
    public void Extract_DisposedWorkspace_Throws()
    {
        var p = IbsiPhantom.Instance;
        var workspace = new RadiomicsWorkspace();
        workspace.Dispose();

        Assert.Throws<ObjectDisposedException>(() =>
            RadiomicsExtractor.Extract(p.Values, p.Mask, p.Nx, p.Ny, p.Nz, 2, 2, 2, FeatureSettings.Default, null, workspace));
    }
}
