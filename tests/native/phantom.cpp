#include "phantom.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace medfeat_test {

std::string data_path(const std::string& name) { return std::string(MEDFEAT_TEST_DATA_DIR) + "/" + name; }

medfeat_image Volume::view() const {
    medfeat_image image{};
    image.values = values.data();
    image.mask = mask.data();
    image.value_count = static_cast<int64_t>(values.size());
    image.mask_count = static_cast<int64_t>(mask.size());
    image.nx = nx;
    image.ny = ny;
    image.nz = nz;
    image.spacing_x = sx;
    image.spacing_y = sy;
    image.spacing_z = sz;
    return image;
}

Volume load_phantom() {
    std::ifstream in(data_path("digital_phantom.txt"));
    if (!in) throw std::runtime_error("cannot open digital_phantom.txt");
    Volume v;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream s(line);
        std::string key;
        s >> key;
        if (key == "dims") {
            s >> v.nx >> v.ny >> v.nz;
        } else if (key == "spacing") {
            s >> v.sx >> v.sy >> v.sz;
        } else if (key == "values" || key == "mask") {
            std::string slice;
            s >> slice;
            double x;
            while (s >> x) {
                if (key == "values") v.values.push_back(static_cast<float>(x));
                else v.mask.push_back(static_cast<uint8_t>(x));
            }
        }
    }
    return v;
}

namespace {

std::string plain_name(std::string name) {
    const std::string markup = "\\ :sup:`";
    for (size_t at; (at = name.find(markup)) != std::string::npos;) {
        const size_t close = name.find('`', at + markup.size());
        name = name.substr(0, at) + name.substr(at + markup.size(), close - at - markup.size()) + name.substr(close + 1);
    }
    // The table spells "Moran’s I index" and "Geary’s C measure" with a typographic apostrophe (U+2019).
    const std::string apostrophe = "\xE2\x80\x99";
    for (size_t at; (at = name.find(apostrophe)) != std::string::npos;) name.replace(at, apostrophe.size(), "'");
    return name;
}

}  // namespace

std::vector<int> match_references(const std::vector<ReferenceRow>& rows) {
    std::map<std::string, int> seen;
    std::vector<int> matched;
    for (const ReferenceRow& r : rows) {
        const std::string key = r.family + "|" + plain_name(r.feature) + "|" + r.aggregation;
        int occurrence = seen[key]++, found = -1;
        for (int i = 0; i < medfeat_feature_count() && found < 0; ++i) {
            medfeat_feature_info info{};
            medfeat_feature_info_get(i, &info);
            if (key == std::string(info.family) + "|" + info.name + "|" + info.aggregation && occurrence-- == 0) found = i;
        }
        matched.push_back(found);
    }
    return matched;
}

std::string code_erratum(const ReferenceRow& r) {
    // The table shifts two intensity histogram codes by one row (P10 repeats the minimum's 1PR8).
    if (r.family == "intensity_histogram" && plain_name(r.feature) == "10th discretised intensity percentile") return "GPMT";
    if (r.family == "intensity_histogram" && plain_name(r.feature) == "90th discretised intensity percentile") return "OZ0C";
    // The table lists GLSZM small zone emphasis without its code.
    if (r.family == "glszm" && r.feature == "Small zone emphasis" && r.code.empty()) return "5QRC";
    return "";
}

double digits_tolerance(double reference) {
    if (reference == 0) return 0.5e-3;
    const double exponent = std::floor(std::log10(std::fabs(reference)));
    return 0.5 * std::pow(10.0, exponent - 2);
}

std::vector<ReferenceRow> load_reference() {
    std::ifstream in(data_path("reference_values.csv"));
    if (!in) throw std::runtime_error("cannot open reference_values.csv");
    std::vector<ReferenceRow> rows;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::string cell;
        bool quoted = false;
        for (char c : line) {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.push_back(cell); cell.clear(); }
            else cell += c;
        }
        cells.push_back(cell);
        if (cells.size() < 7) continue;
        ReferenceRow r;
        r.family = cells[0];
        r.feature = cells[1];
        r.code = cells[2];
        r.aggregation = cells[4];
        r.value = std::stod(cells[5]);
        r.tolerance = cells[6].empty() ? digits_tolerance(r.value) : std::stod(cells[6]);
        rows.push_back(r);
    }
    return rows;
}

medfeat_settings phantom_settings() {
    medfeat_settings s{};
    s.discretisation = MEDFEAT_DISCRETISATION_NONE;
    s.glcm_distance = 1;
    return s;
}

Volume empty_volume(int nx, int ny, int nz, double sx, double sy, double sz) {
    Volume v;
    v.nx = nx;
    v.ny = ny;
    v.nz = nz;
    v.sx = sx;
    v.sy = sy;
    v.sz = sz;
    v.values.assign(static_cast<size_t>(nx * ny * nz), 0.0f);
    v.mask.assign(v.values.size(), 0);
    return v;
}

std::vector<double> extract(const Volume& v, int32_t autocorrelation) {
    const medfeat_image image = v.view();
    medfeat_settings settings{};
    settings.autocorrelation = autocorrelation;
    settings.discretisation = MEDFEAT_DISCRETISATION_FIXED_BIN_NUMBER;
    settings.bin_number = 8;
    settings.glcm_distance = 1;
    std::vector<double> out(static_cast<size_t>(medfeat_feature_count()));
    EXPECT_EQ(medfeat_extract(&image, &settings, out.data(), out.size()), MEDFEAT_OK);
    return out;
}

int feature_index(const char* column) {
    for (int i = 0; i < medfeat_feature_count(); ++i) {
        medfeat_feature_info info{};
        medfeat_feature_info_get(i, &info);
        if (std::strcmp(info.column_name, column) == 0) return i;
    }
    ADD_FAILURE() << "no feature " << column;
    return 0;
}

}  // namespace medfeat_test
