// medfeat_extract_with: one workspace reused over a batch of images of changing sizes, settings and failures
// gives bit-for-bit the outputs of medfeat_extract (fresh memory per call), and one workspace per thread works.
#include "phantom.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <random>
#include <thread>
#include <vector>

namespace {

using medfeat_test::empty_volume;
using medfeat_test::Volume;

struct Case {
    Volume volume;
    medfeat_settings settings{};
};

// Random image, mask, spacing and settings; sizes vary from one voxel to 40 x 36 x 20 so that later images
// need both smaller and larger buffers than earlier ones. Every fifth mask is empty (a failing call).
Case random_case(std::mt19937_64& rng, int index) {
    Case c;
    const int32_t nx = 1 + static_cast<int32_t>(rng() % 40), ny = 1 + static_cast<int32_t>(rng() % 36);
    const int32_t nz = index % 4 == 0 ? 1 : 1 + static_cast<int32_t>(rng() % 20);
    c.volume = empty_volume(nx, ny, nz, 1.0, 1.0, 1.0);
    const int density = static_cast<int>(rng() % 100);
    for (size_t v = 0; v < c.volume.values.size(); ++v) {
        c.volume.values[v] = static_cast<float>(rng() % 200) / 4.0f - 10.0f;
        c.volume.mask[v] = index % 5 == 4 ? 0 : static_cast<uint8_t>(static_cast<int>(rng() % 100) <= density);
    }
    c.volume.sx = 0.5 + static_cast<double>(rng() % 20) / 10.0;
    c.volume.sy = c.volume.sx;
    c.volume.sz = 0.5 + static_cast<double>(rng() % 30) / 10.0;
    c.settings.discretisation = MEDFEAT_DISCRETISATION_FIXED_BIN_NUMBER;
    c.settings.bin_number = 1 + static_cast<int32_t>(rng() % 64);
    c.settings.glcm_distance = 1;
    return c;
}

struct WorkspaceDeleter {
    void operator()(medfeat_workspace* w) const { medfeat_workspace_free(w); }
};
using WorkspacePtr = std::unique_ptr<medfeat_workspace, WorkspaceDeleter>;

WorkspacePtr make_workspace() {
    medfeat_workspace* w = nullptr;
    EXPECT_EQ(medfeat_workspace_create(&w), MEDFEAT_OK);
    return WorkspacePtr(w);
}

// Runs a batch through one workspace and checks every call against medfeat_extract; returns the failures seen.
int check_batch(uint64_t seed, int count) {
    std::mt19937_64 rng(seed);
    const WorkspacePtr workspace = make_workspace();
    const size_t n_out = static_cast<size_t>(medfeat_feature_count());
    std::vector<double> fresh(n_out), reused(n_out);
    int failures = 0;
    for (int i = 0; i < count; ++i) {
        const Case c = random_case(rng, i);
        const medfeat_image image = c.volume.view();
        const medfeat_status expected = medfeat_extract(&image, &c.settings, fresh.data(), n_out);
        const medfeat_status got = medfeat_extract_with(workspace.get(), &image, &c.settings, reused.data(), n_out);
        EXPECT_EQ(got, expected) << "image " << i;
        if (expected != MEDFEAT_OK) {
            ++failures;
            continue;
        }
        for (size_t k = 0; k < n_out; ++k)
            if (std::memcmp(&fresh[k], &reused[k], sizeof(double)) != 0) {
                ADD_FAILURE() << "image " << i << " (" << image.nx << "x" << image.ny << "x" << image.nz
                              << "), output " << k << ": " << fresh[k] << " fresh vs " << reused[k] << " in the workspace";
                return failures;
            }
    }
    return failures;
}

}  // namespace

TEST(Workspace, ExtractWith_BatchOfChangingImages_BitIdenticalToExtract) {
    const int failures = check_batch(20261121, 60);
    EXPECT_EQ(failures, 12);  // the empty masks: a failed call leaves the workspace usable
}

TEST(Workspace, ExtractWith_OneWorkspacePerThread_BitIdenticalToExtract) {
    std::thread other([] { check_batch(7, 25); });
    check_batch(8, 25);
    other.join();
}

TEST(Workspace, CreateAndExtractWith_NullArguments_ReturnArgumentError) {
    EXPECT_EQ(medfeat_workspace_create(nullptr), MEDFEAT_E_ARGUMENT);
    medfeat_workspace_free(nullptr);  // ignored
    std::mt19937_64 rng(1);
    const Case c = random_case(rng, 1);
    std::vector<double> out(static_cast<size_t>(medfeat_feature_count()));
    const medfeat_image image = c.volume.view();
    EXPECT_EQ(medfeat_extract_with(nullptr, &image, &c.settings, out.data(), out.size()), MEDFEAT_E_ARGUMENT);
    const WorkspacePtr workspace = make_workspace();
    EXPECT_EQ(medfeat_extract_with(workspace.get(), nullptr, &c.settings, out.data(), out.size()), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_extract_with(workspace.get(), &image, &c.settings, out.data(), out.size() - 1), MEDFEAT_E_ARGUMENT);
}
