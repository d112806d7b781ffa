namespace MedSpark.Udfs.Imaging;

/// <summary>How a filter reads beyond the image edge; the scipy.ndimage mode of the same name.</summary>
public enum BorderMode
{
    /// <summary><c>d c b a | a b c d | d c b a</c> (scipy "reflect").</summary>
    Reflect = 0,

    /// <summary><c>a a a a | a b c d | d d d d</c> (scipy "nearest").</summary>
    Nearest = 1,

    /// <summary><c>d c b | a b c d | c b a</c> (scipy "mirror").</summary>
    Mirror = 2,

    /// <summary>Zeros outside (scipy "constant" with cval 0).</summary>
    Constant = 3,
}
