using System.Runtime.InteropServices;

namespace MedSpark.Shared.Lake;

/// <summary>link(2): the POSIX primitive for atomic create-if-absent of a fully written file.</summary>
internal static partial class HardLink
{
    private const int EEXIST = 17;

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string target);

    /// <summary>True if <paramref name="target"/> was created; false if it already existed.</summary>
    public static bool TryCreate(string existing, string target)
    {
        if (!OperatingSystem.IsWindows())
        {
            if (Link(existing, target) == 0) return true;
            int errno = Marshal.GetLastPInvokeError();
            if (errno == EEXIST) return false;
            throw new IOException($"link('{existing}', '{target}') failed with errno {errno}.");
        }
        try
        {
            File.Copy(existing, target, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(target))
        {
            return false;
        }
    }
}
