// Loaders for the golden data in tests/data/ibsi (IBSI-1 digital phantom, CC-BY 4.0).
#pragma once

#include "medfeat.h"

#include <cstdint>
#include <string>
#include <vector>

namespace medfeat_test {

struct Volume {
    int32_t nx = 0, ny = 0, nz = 0;
    double sx = 0, sy = 0, sz = 0;
    std::vector<float> values;
    std::vector<uint8_t> mask;

    medfeat_image view() const;
};

struct ReferenceRow {
    std::string family, feature, code, aggregation;
    double value = 0;
    double tolerance = 0;  // absolute tolerance after the "digits given" rule is applied
};

// The feature index each reference row describes, -1 for none: same family, name (rst markup such as
// "10\\ :sup:`th`" removed) and aggregation. The IBSI table repeats a name for V10 / V90 and I10 / I90;
// repeated rows take the features of that name in output order. Names, not codes, are matched because
// the table has code errors (see code_erratum).
std::vector<int> match_references(const std::vector<ReferenceRow>& rows);

// The IBSI manual's code where the reference table gives a wrong one, else "" (see tests/data/ibsi/README.md).
std::string code_erratum(const ReferenceRow& r);

Volume load_phantom();
std::vector<ReferenceRow> load_reference();
medfeat_settings phantom_settings();

// Tolerance for a reference without one: the IBSI reports three significant digits, so a value
// is exact to the digits given when it rounds to them, i.e. within half a unit of the third digit.
double digits_tolerance(double reference);

std::string data_path(const std::string& name);

// A volume of this shape and spacing, all intensities 0 and no voxel in the mask.
Volume empty_volume(int nx, int ny, int nz, double sx, double sy, double sz);

// All features of v (fixed bin number 8, GLCM distance 1); a test failure if the extraction fails.
std::vector<double> extract(const Volume& v, int32_t autocorrelation = MEDFEAT_AUTOCORRELATION_SAMPLED);

// The output index of the feature with this column name; a test failure (and 0) when there is none.
int feature_index(const char* column);

}  // namespace medfeat_test
