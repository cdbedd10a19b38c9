"""Writers: turn planned evidence into answers and drafts, every sentence checked."""
