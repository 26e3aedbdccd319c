"""The two-step file upload: ``files.getUploadURLExternal``, the POST to the upload URL, and
``files.completeUploadExternal`` (shares the file into channels; see :attr:`uploads`)."""

from __future__ import annotations

import copy
from typing import Any

from .base import FakeSlackBase
from .model import ApiError, Channel, split_csv


class FilesAPI(FakeSlackBase):
    """File uploads."""

    # ------------------------------------------------------------------ files
    def _m_files_getUploadURLExternal(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        try:
            length = int(args.get("length"))
        except (TypeError, ValueError):
            raise ApiError("invalid_arguments", response_metadata={"messages": [
                "[ERROR] must be an integer [json-pointer:/length]"]}) from None
        if length < 1:
            raise ApiError("invalid_arguments", response_metadata={"messages": [
                "[ERROR] must be at least 1 [json-pointer:/length]"]})
        file_id = self._new_id("F", self._pending_uploads)
        self._pending_uploads[file_id] = {
            "file_id": file_id, "filename": str(args.get("filename")), "length": length,
            "alt_txt": args.get("alt_txt"), "snippet_type": args.get("snippet_type"), "data": None,
            "completed": False,
        }
        return {"upload_url": f"{self.base}/upload/{file_id}", "file_id": file_id}

    def _m_files_completeUploadExternal(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        files = args.get("files")
        if not isinstance(files, list) or not files:
            raise ApiError("invalid_arguments", response_metadata={"messages": [
                "[ERROR] must provide at least 1 items [json-pointer:/files]"]})
        pending = []
        for item in files:
            fid = item.get("id") if isinstance(item, dict) else None
            up = self._pending_uploads.get(str(fid))
            if up is None or up["data"] is None or up["completed"]:
                raise ApiError("file_not_found")
            pending.append((up, item))
        targets: list[Channel] = []
        channel_ids = ([args["channel_id"]] if args.get("channel_id") else []) + split_csv(args.get("channels"))
        for cid in channel_ids:
            ch = self._resolve_post_target(cid)
            if ch.is_archived:
                raise ApiError("is_archived")
            if ch.kind in ("public", "private"):
                self._require_member(ch)
            targets.append(ch)
        results = []
        for up, item in pending:
            up["completed"] = True
            title = item.get("title") or up["filename"]
            record = {
                "file_id": up["file_id"], "filename": up["filename"], "title": title, "data": up["data"],
                "length": up["length"], "alt_txt": up["alt_txt"], "channel_id": args.get("channel_id"),
                "channels": [t.id for t in targets], "initial_comment": args.get("initial_comment"),
                "thread_ts": args.get("thread_ts"),
            }
            if len(up["data"]) != up["length"]:
                self.warnings.append(f"files.completeUploadExternal: {up['file_id']} declared length "
                                     f"{up['length']} but {len(up['data'])} bytes were uploaded")
            self.uploads.append(record)
            results.append({"id": up["file_id"], "title": title, "name": up["filename"]})
        for ch in targets:
            self._append_message(ch, text=args.get("initial_comment") or "", blocks=None,
                                 thread_ts=args.get("thread_ts"), user=self.bot_user_id, from_bot=True,
                                 extra={"files": copy.deepcopy(results), "upload": True})
        return {"files": results}

    # ------------------------------------------------------------------ non-API endpoints
    def _handle_upload(self, file_id: str, raw: bytes) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            up = self._pending_uploads.get(file_id)
            if up is None or up["completed"]:
                return 404, {"Content-Type": "text/plain"}, b"file_not_found"
            up["data"] = bytes(raw)
            return 200, {"Content-Type": "text/plain"}, f"OK - {len(raw)}".encode()
