"""Consultations: read a consultation document's questions and draft a response to each."""

from assistant.consultation.extract import extract_questions
from assistant.consultation.model import Consultation, ConsultationQuestion

__all__ = ["Consultation", "ConsultationQuestion", "extract_questions"]
