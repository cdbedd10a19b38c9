"""Consultations: read a consultation document's questions and draft a response to each."""

from assistant.consultation.model import Consultation, ConsultationQuestion
from assistant.consultation.questions import extract_questions

__all__ = ["Consultation", "ConsultationQuestion", "extract_questions"]
