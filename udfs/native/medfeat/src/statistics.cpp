// IBSI-1 intensity-based statistical features (family "intensity_statistics", IBSI 3.3).
#include "internal.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace medfeat::detail {
namespace {

// A sorted sample: distinct ascending values, each `count` times (Counted) or once. `ranks` holds the number of
// samples below each value (size + 1 entries, the last is n) when Counted.
template <bool Counted>
struct Sample {
    const double* value;
    const double* count;
    const double* ranks;
    size_t size;
    double n;

    double times(size_t i) const { return Counted ? count[i] : 1.0; }
    // The sample at 0-based rank r.
    double at(size_t r) const {
        if (!Counted) return value[r];
        const double rank = static_cast<double>(r);
        return value[static_cast<size_t>(std::upper_bound(ranks, ranks + size, rank) - ranks) - 1];
    }
};

// Percentile with linear interpolation between order statistics (the common "type 7" definition); IBSI leaves
// the interpolation open, and this matches its phantom values.
template <bool Counted>
double percentile(const Sample<Counted>& sample, double p) {
    const double pos = p * (sample.n - 1.0);
    const size_t lo = static_cast<size_t>(std::floor(pos));
    const size_t hi = std::min(lo + 1, static_cast<size_t>(sample.n) - 1);
    const double at_lo = sample.at(lo);
    return at_lo + (pos - static_cast<double>(lo)) * (sample.at(hi) - at_lo);
}

// The bits of a float as an unsigned key with the same order (negative floats reversed below the positive ones).
uint32_t order_key(float f) {
    uint32_t u;
    std::memcpy(&u, &f, sizeof u);
    return (u & 0x80000000u) != 0 ? ~u : u | 0x80000000u;
}

float from_order_key(uint32_t k) {
    const uint32_t u = (k & 0x80000000u) != 0 ? k & 0x7FFFFFFFu : ~k;
    float f;
    std::memcpy(&f, &u, sizeof f);
    return f;
}

}  // namespace

// Least-significant-digit radix sort on the order keys: three passes of 11, 11 and 10 bits, linear time and no
// data-dependent branches (a comparison sort of a large ROI mispredicts nearly every other comparison). The
// result is the sorted multiset, the same as std::sort's; only the relative order of -0 and +0 is fixed here.
std::pmr::vector<double> sorted_roi_values(const medfeat_image& image, int64_t roi_voxels,
                                           std::pmr::memory_resource* memory) {
    const size_t n = static_cast<size_t>(roi_voxels);
    std::pmr::vector<uint32_t> keys(n, memory), other(n, memory);
    // The keys, and the digit counts of all three passes in the same sweep.
    constexpr int kShift[3] = {0, 11, 22};
    std::vector<size_t> start(3 * 2048, 0);
    size_t next_key = 0;
    for (int64_t v = 0; v < image.value_count; ++v) {
        if (image.mask[v] == 0) continue;
        const uint32_t k = order_key(image.values[v]);
        keys[next_key++] = k;
        for (int pass = 0; pass < 3; ++pass) ++start[static_cast<size_t>(pass) * 2048 + ((k >> kShift[pass]) & 2047u)];
    }
    // Where each digit's keys start in the output of a pass: the counts of the smaller digits.
    auto starts = [&](int pass) {
        size_t* first = &start[static_cast<size_t>(pass) * 2048];
        size_t next = 0;
        for (size_t d = 0; d < 2048; ++d) next += std::exchange(first[d], next);
        return first;
    };
    for (int pass = 0; pass < 2; ++pass) {
        size_t* first = starts(pass);
        for (uint32_t k : keys) other[first[(k >> kShift[pass]) & 2047u]++] = k;
        keys.swap(other);
    }
    // The last pass writes the values themselves.
    std::pmr::vector<double> sorted(n, memory);
    size_t* first = starts(2);
    for (uint32_t k : keys) sorted[first[(k >> kShift[2]) & 2047u]++] = from_order_key(k);
    return sorted;
}

// The statistics of a sorted sample in one place for both uses: every term is weighted by its value's count, and
// with counts of 1 (the raw intensities) 1.0 * x == x keeps each sum exactly the plain sum.
template <bool Counted>
void statistics(const Sample<Counted>& values, double* out) {
    const double n = values.n;

    double sum = 0.0, sum_sq = 0.0;
    for (size_t i = 0; i < values.size; ++i) {
        const double v = values.value[i], c = values.times(i);
        sum += c * v;
        sum_sq += c * v * v;
    }
    const double mean = sum / n;
    double m2 = 0.0, m3 = 0.0, m4 = 0.0, mad = 0.0;
    for (size_t i = 0; i < values.size; ++i) {
        const double d = values.value[i] - mean, c = values.times(i);
        m2 += c * d * d;
        m3 += c * d * d * d;
        m4 += c * d * d * d * d;
        mad += c * std::fabs(d);
    }
    m2 /= n;
    m3 /= n;
    m4 /= n;
    mad /= n;

    const double median = percentile(values, 0.5);
    const double p10 = percentile(values, 0.10);
    const double p25 = percentile(values, 0.25);
    const double p75 = percentile(values, 0.75);
    const double p90 = percentile(values, 0.90);
    const double minimum = values.value[0];
    const double maximum = values.value[values.size - 1];

    double robust_sum = 0.0, robust_n = 0.0;
    for (size_t i = 0; i < values.size; ++i) {
        const double v = values.value[i], c = values.times(i);
        if (v >= p10 && v <= p90) {
            robust_sum += c * v;
            robust_n += c;
        }
    }
    // [p10, p90] always holds at least one sample, since both lie between order statistics.
    const double robust_mean = robust_sum / robust_n;
    double robust_mad = 0.0, median_ad = 0.0;
    for (size_t i = 0; i < values.size; ++i) {
        const double v = values.value[i], c = values.times(i);
        if (v >= p10 && v <= p90) robust_mad += c * std::fabs(v - robust_mean);
        median_ad += c * std::fabs(v - median);
    }
    robust_mad /= robust_n;
    median_ad /= n;

    // A constant ROI has no defined skewness or kurtosis; IBSI sets both to 0 in that case.
    const bool flat = m2 <= 0.0;
    out[0] = mean;
    out[1] = m2;
    out[2] = flat ? 0.0 : m3 / std::pow(m2, 1.5);
    out[3] = flat ? 0.0 : m4 / (m2 * m2) - 3.0;
    out[4] = median;
    out[5] = minimum;
    out[6] = p10;
    out[7] = p90;
    out[8] = maximum;
    out[9] = p75 - p25;
    out[10] = maximum - minimum;
    out[11] = mad;
    out[12] = robust_mad;
    out[13] = median_ad;
    out[14] = std::sqrt(m2) / mean;  // undefined (inf/NaN) for a zero mean, as in IBSI
    out[15] = (p75 - p25) / (p75 + p25);
    out[16] = sum_sq;
    out[17] = std::sqrt(sum_sq / n);
}

void intensity_statistics(const std::pmr::vector<double>& sorted, double* out) {
    statistics(Sample<false>{sorted.data(), nullptr, nullptr, sorted.size(), static_cast<double>(sorted.size())}, out);
}

void intensity_statistics(const double* value, const double* count, size_t size, double* out) {
    std::vector<double> ranks(size + 1, 0.0);
    for (size_t i = 0; i < size; ++i) ranks[i + 1] = ranks[i] + count[i];
    statistics(Sample<true>{value, count, ranks.data(), size, ranks[size]}, out);
}

}  // namespace medfeat::detail
