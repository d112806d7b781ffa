// Working memory that outlives one medfeat_extract call (medfeat_workspace in the C API).
#ifndef MEDFEAT_WORKSPACE_HPP
#define MEDFEAT_WORKSPACE_HPP

#include <cstddef>
#include <memory_resource>
#include <vector>

namespace medfeat::detail {

// A memory resource that keeps large blocks for the next call. A 64^3 extraction needs some 20 MB of working
// buffers (grey levels, padded grid, run lengths, zone labels, prefix sums...); the system hands back fresh pages
// for them on every call, zero-filled one page fault at a time (measured: 1,800 faults and ~8 % of a 64^3 call).
// Blocks of kPooledBytes and more are returned here instead and handed out again, best fit, to later requests of
// at least half their size; smaller requests go straight to operator new. end_call() releases the blocks the call
// did not use, so a workspace holds about what its last image needed. Not thread-safe: one per thread.
class Workspace final : public std::pmr::memory_resource {
public:
    static constexpr size_t kPooledBytes = size_t{64} << 10;

    Workspace() = default;
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;
    ~Workspace() override;

    // Call when a call's buffers are all freed: releases the blocks it did not use.
    void end_call();
    // Bytes held in blocks (in use or kept).
    size_t held_bytes() const;

private:
    struct Block {
        void* data;
        size_t bytes;
        bool in_use;
        bool used_this_call;
    };
    std::vector<Block> blocks_;

    void* do_allocate(size_t bytes, size_t alignment) override;
    void do_deallocate(void* p, size_t bytes, size_t alignment) override;
    bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override { return this == &other; }
};

}  // namespace medfeat::detail

#endif
