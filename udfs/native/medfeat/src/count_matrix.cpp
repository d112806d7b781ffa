// Sparse (grey level, j) count matrices and the features GLRLM, GLSZM, GLDZM and NGLDM share
// (IBSI 3.7 - 3.9 and 3.11: the four families differ only in what j counts).
#include "internal.hpp"

#include <algorithm>
#include <iterator>
#include <cmath>
#include <limits>

namespace medfeat::detail {

void CountMatrix::add_keys(std::vector<uint64_t>& keys) {
    constexpr uint64_t kJMask = (uint64_t{1} << 40) - 1;
    uint64_t max_i = 0, max_j = 0;
    for (uint64_t k : keys) {
        max_i = std::max(max_i, k >> 40);
        max_j = std::max(max_j, k & kJMask);
    }
    const uint64_t cells = (max_i + 1) * (max_j + 1);
    if (cells <= 4 * static_cast<uint64_t>(keys.size()) + 4096) {
        // Small (i, j) range, the usual case: count in a dense table, linear time.
        std::vector<double> dense(static_cast<size_t>(cells), 0.0);
        for (uint64_t k : keys) dense[static_cast<size_t>((k >> 40) * (max_j + 1) + (k & kJMask))] += 1.0;
        keys.clear();
        add_dense(dense, static_cast<int64_t>(max_j + 1));
        return;
    }
    // A few huge zones or runs: sorting the keys keeps memory proportional to them.
    CountMatrix other;
    std::sort(keys.begin(), keys.end());
    for (size_t k = 0; k < keys.size();) {
        size_t end = k;
        while (end < keys.size() && keys[end] == keys[k]) ++end;
        other.entries.push_back({static_cast<int32_t>(keys[k] >> 40), static_cast<int64_t>(keys[k] & kJMask),
                                 static_cast<double>(end - k)});
        k = end;
    }
    keys.clear();
    merge(other);
}

void CountMatrix::add_dense(std::vector<double>& dense, int64_t columns) {
    // Straight into entries when empty (every caller so far): no second list and no merge. Row by row, so that
    // a cell's (i, j) is not divided out of its index (an integer division and a remainder per non-empty cell).
    CountMatrix other;
    std::vector<Entry>& target = entries.empty() ? entries : other.entries;
    const size_t size = dense.size(), width = static_cast<size_t>(columns);
    for (size_t row = 0; row * width < size; ++row) {
        double* cell = &dense[row * width];
        const size_t end = std::min(width, size - row * width);
        for (size_t j = 0; j < end; ++j) {
            if (cell[j] == 0.0) continue;
            target.push_back({static_cast<int32_t>(row), static_cast<int64_t>(j), cell[j]});
            cell[j] = 0.0;
        }
    }
    if (&target == &other.entries) merge(other);
}

void CountMatrix::merge(const CountMatrix& other) {
    if (&other == this) {
        for (Entry& e : entries) e.n += e.n;
        voxels += voxels;
        return;
    }
    const auto before = [](const Entry& a, const Entry& b) { return a.i != b.i ? a.i < b.i : a.j < b.j; };
    // In place, without building a third list: matrices of one image share most cells, so one forward walk adds
    // the shared cells (this count plus the other, as before) and sets the few new ones aside; those are then
    // merged in from the back, each entry moving at most once.
    std::vector<Entry> missing;
    size_t a = 0;
    for (const Entry& e : other.entries) {
        while (a < entries.size() && before(entries[a], e)) ++a;
        if (a < entries.size() && !before(e, entries[a])) entries[a++].n += e.n;
        else missing.push_back(e);
    }
    if (!missing.empty()) {
        size_t kept = entries.size(), added = missing.size(), out = kept + added;
        entries.resize(out);
        while (added > 0) {
            if (kept > 0 && before(missing[added - 1], entries[kept - 1])) entries[--out] = entries[--kept];
            else entries[--out] = missing[--added];
        }
    }
    voxels += other.voxels;
}

double CountMatrix::total() const {
    double t = 0.0;
    for (const Entry& e : entries) t += e.n;
    return t;
}

bool count_matrix_features(const CountMatrix& m, int32_t levels, double* out) {
    const double ns = m.total();
    if (ns <= 0.0) {
        for (int k = 0; k < kNgldmCount; ++k) out[k] = std::numeric_limits<double>::quiet_NaN();
        return false;
    }
    // log2 p for the small counts, taken once per count: most cells of these matrices hold a few runs, zones or
    // voxels, and the logarithm was the largest cost here. Same argument, same function: the same bits.
    constexpr size_t kCachedCounts = 256;
    double cached_count[kCachedCounts], cached_log2[kCachedCounts];
    std::fill(std::begin(cached_count), std::end(cached_count), -1.0);
    std::vector<double> by_level(static_cast<size_t>(levels) + 1, 0.0);
    double short_e = 0, long_e = 0, low_g = 0, high_g = 0, sl = 0, sh = 0, ll = 0, lh = 0;
    double mu_i = 0, mu_j = 0, entropy = 0, energy = 0;
    int64_t max_j = 0;
    for (const CountMatrix::Entry& e : m.entries) {
        // Two divisions per cell (1 / i^2, 1 / j^2) instead of five.
        const double i2 = static_cast<double>(e.i) * e.i, j2 = static_cast<double>(e.j) * static_cast<double>(e.j);
        const double inv_i2 = 1.0 / i2, inv_j2 = 1.0 / j2;
        short_e += e.n * inv_j2;
        long_e += e.n * j2;
        low_g += e.n * inv_i2;
        high_g += e.n * i2;
        sl += e.n * inv_i2 * inv_j2;
        sh += e.n * i2 * inv_j2;
        ll += e.n * j2 * inv_i2;
        lh += e.n * i2 * j2;
        by_level[static_cast<size_t>(e.i)] += e.n;
        max_j = std::max(max_j, e.j);
        const double p = e.n / ns;
        mu_i += e.i * p;
        mu_j += static_cast<double>(e.j) * p;
        double log_p;
        if (e.n >= 0.0 && e.n < static_cast<double>(kCachedCounts)) {
            const size_t slot = static_cast<size_t>(e.n);
            if (cached_count[slot] != e.n) {
                cached_count[slot] = e.n;
                cached_log2[slot] = std::log2(p);
            }
            log_p = cached_log2[slot];
        } else {
            log_p = std::log2(p);
        }
        entropy -= p * log_p;
        energy += p * p;
    }
    double glnu = 0.0;
    for (double r : by_level) glnu += r * r;
    // Column sums over j ascending. Counts are integers, so the sums are exact in any order; a dense table when j
    // is small next to the entries (the usual case), else a sort. Empty columns add exactly 0.
    double jnu = 0.0;
    if (max_j <= 4 * static_cast<int64_t>(m.entries.size()) + 4096) {
        std::vector<double> column(static_cast<size_t>(max_j) + 1, 0.0);
        for (const CountMatrix::Entry& e : m.entries) column[static_cast<size_t>(e.j)] += e.n;
        for (double c : column) jnu += c * c;
    } else {
        std::vector<std::pair<int64_t, double>> by_j;
        by_j.reserve(m.entries.size());
        for (const CountMatrix::Entry& e : m.entries) by_j.emplace_back(e.j, e.n);
        std::sort(by_j.begin(), by_j.end());
        for (size_t k = 0; k < by_j.size();) {
            double column = 0.0;
            const int64_t j = by_j[k].first;
            for (; k < by_j.size() && by_j[k].first == j; ++k) column += by_j[k].second;
            jnu += column * column;
        }
    }
    double var_i = 0.0, var_j = 0.0;
    for (const CountMatrix::Entry& e : m.entries) {
        const double p = e.n / ns, di = e.i - mu_i, dj = static_cast<double>(e.j) - mu_j;
        var_i += di * di * p;
        var_j += dj * dj * p;
    }
    out[0] = short_e / ns;
    out[1] = long_e / ns;
    out[2] = low_g / ns;
    out[3] = high_g / ns;
    out[4] = sl / ns;
    out[5] = sh / ns;
    out[6] = ll / ns;
    out[7] = lh / ns;
    out[8] = glnu / ns;
    out[9] = glnu / (ns * ns);
    out[10] = jnu / ns;
    out[11] = jnu / (ns * ns);
    out[12] = ns / m.voxels;
    out[13] = var_i;
    out[14] = var_j;
    out[15] = entropy;
    out[16] = energy;
    return true;
}

void slice_family_features(const std::vector<CountMatrix>& slices, const CountMatrix& volume, int32_t levels,
                           int count, double* out) {
    FeatureMean averaged(count);
    CountMatrix merged;
    double one[kNgldmCount];
    for (const CountMatrix& m : slices) {
        if (count_matrix_features(m, levels, one)) averaged.add(one);
        merged.merge(m);
    }
    averaged.write(out);
    count_matrix_features(merged, levels, one);
    std::copy(one, one + count, out + count);
    count_matrix_features(volume, levels, one);
    std::copy(one, one + count, out + 2 * count);
}

void FeatureMean::add(const double* values) {
    for (size_t k = 0; k < sum.size(); ++k) {
        if (std::isnan(values[k])) continue;
        sum[k] += values[k];
        ++added[k];
    }
}

void FeatureMean::write(double* out) const {
    for (size_t k = 0; k < sum.size(); ++k) {
        out[k] = added[k] > 0 ? sum[k] / added[k] : std::numeric_limits<double>::quiet_NaN();
    }
}

}  // namespace medfeat::detail
