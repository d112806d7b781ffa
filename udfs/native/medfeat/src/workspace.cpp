#include "workspace.hpp"

#include <algorithm>
#include <new>

namespace medfeat::detail {
namespace {

// Pooled blocks are aligned for anything the library stores (and whole cache lines).
constexpr size_t kBlockAlignment = 64;

}  // namespace

Workspace::~Workspace() {
    for (const Block& b : blocks_) ::operator delete(b.data, std::align_val_t(kBlockAlignment));
}

void* Workspace::do_allocate(size_t bytes, size_t alignment) {
    if (bytes < kPooledBytes || alignment > kBlockAlignment)
        return ::operator new(bytes, std::align_val_t(std::max(alignment, alignof(std::max_align_t))));
    Block* best = nullptr;
    for (Block& b : blocks_)
        if (!b.in_use && b.bytes >= bytes && b.bytes / 2 <= bytes && (best == nullptr || b.bytes < best->bytes)) best = &b;
    if (best == nullptr) {
        blocks_.reserve(blocks_.size() + 1);  // may throw before the block exists, so nothing leaks
        blocks_.push_back({::operator new(bytes, std::align_val_t(kBlockAlignment)), bytes, false, false});
        best = &blocks_.back();
    }
    best->in_use = true;
    best->used_this_call = true;
    return best->data;
}

void Workspace::do_deallocate(void* p, size_t bytes, size_t alignment) {
    if (bytes < kPooledBytes || alignment > kBlockAlignment) {
        ::operator delete(p, std::align_val_t(std::max(alignment, alignof(std::max_align_t))));
        return;
    }
    for (Block& b : blocks_)
        if (b.data == p) {
            b.in_use = false;
            return;
        }
}

void Workspace::end_call() {
    auto idle = [](const Block& b) { return !b.in_use && !b.used_this_call; };
    for (const Block& b : blocks_)
        if (idle(b)) ::operator delete(b.data, std::align_val_t(kBlockAlignment));
    blocks_.erase(std::remove_if(blocks_.begin(), blocks_.end(), idle), blocks_.end());
    for (Block& b : blocks_) b.used_this_call = false;
}

size_t Workspace::held_bytes() const {
    size_t total = 0;
    for (const Block& b : blocks_) total += b.bytes;
    return total;
}

}  // namespace medfeat::detail
