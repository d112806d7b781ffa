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

// Whether reference row r describes feature `info`: same family and aggregation, and the same IBSI code,
// or, for the rows the IBSI table lists without a code, the same name.
bool describes(const ReferenceRow& r, const medfeat_feature_info& info);

Volume load_phantom();
std::vector<ReferenceRow> load_reference();
medfeat_settings phantom_settings();

// Tolerance for a reference without one: the IBSI reports three significant digits, so a value
// is exact to the digits given when it rounds to them, i.e. within half a unit of the third digit.
double digits_tolerance(double reference);

std::string data_path(const std::string& name);

}  // namespace medfeat_test
