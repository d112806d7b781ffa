#!/usr/bin/python3
"""One-off converter: IBSI-1 digital phantom (NIfTI) -> digital_phantom.txt.

Run with Debian's python3 + python3-nibabel:
    /usr/bin/python3 convert_phantom.py SOURCE_DIR > digital_phantom.txt
SOURCE_DIR holds image.nii.gz and mask.nii.gz from the IBSI (CC-BY 4.0).
The tests read only the text output, never the NIfTI files.
"""
import sys

import nibabel as nib
import numpy as np

src = sys.argv[1]
image = nib.load(f"{src}/image.nii.gz")
mask = nib.load(f"{src}/mask.nii.gz")
a = np.asarray(image.dataobj)
m = np.asarray(mask.dataobj)
assert a.shape == m.shape and a.ndim == 3
nx, ny, nz = a.shape
sx, sy, sz = (float(v) for v in image.header.get_zooms()[:3])
# NIfTI arrays index [x, y, z]; Fortran order flattens with x fastest, the layout medfeat expects.
values = a.flatten(order="F")
roi = (m.flatten(order="F") != 0).astype(int)
print("# IBSI-1 digital phantom, converted by convert_phantom.py (see README.md). x fastest, then y, then z.")
print(f"dims {nx} {ny} {nz}")
print(f"spacing {sx:g} {sy:g} {sz:g}")
for z in range(nz):
    print(f"values z={z} " + " ".join(str(int(v)) for v in values[z * nx * ny:(z + 1) * nx * ny]))
for z in range(nz):
    print(f"mask z={z} " + " ".join(str(int(v)) for v in roi[z * nx * ny:(z + 1) * nx * ny]))
