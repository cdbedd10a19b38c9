"""The Gradio web app (imported only by `assistant ui`: Gradio is heavy)."""
