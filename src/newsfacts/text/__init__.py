"""Article text before extraction: decoding, the normalized working copy, segmentation."""
